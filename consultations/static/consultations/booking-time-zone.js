// Beside each Connecticut time, the prospect's own time when their browser's
// time zone differs. Booking works without it.
(function () {
  const note = document.querySelector(".browser-time-zone");
  if (!note || !window.Intl) return;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone || zone === note.dataset.firmTimeZone) return;
  const format = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
    hour: "numeric",
    minute: "2-digit",
    timeZone: zone,
  });
  document.querySelectorAll("label[data-utc]").forEach(function (label) {
    const local = format.format(new Date(label.dataset.utc));
    label.append(" (" + local + ")");
  });
  note.textContent = note.dataset.template.replace("{zone}", zone);
  note.hidden = false;
})();
