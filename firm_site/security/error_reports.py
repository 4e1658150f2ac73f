"""Error reports (the e-mails to ADMINS, Django's 500 page) without prospects'
data: DEFAULT_EXCEPTION_REPORTER and DEFAULT_EXCEPTION_REPORTER_FILTER.

Django's own filter hides only what views mark with `sensitive_post_parameters`
and `sensitive_variables`; on this site any form body or local variable may hold
what a prospect wrote, so every one of them is hidden, with the visitor's
address and browser. A report still names the exception, the place and the URL.
With DEBUG on (development, made-up data) nothing is hidden.
"""

from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

from .redaction import blank_values, describe_exception, submitted_values

VISITOR_HEADERS = {
    "REMOTE_ADDR",
    "HTTP_X_FORWARDED_FOR",
    "HTTP_X_REAL_IP",
    "HTTP_FORWARDED",
    "HTTP_USER_AGENT",
}


class ProspectDataReporterFilter(SafeExceptionReporterFilter):
    def get_post_parameters(self, request):
        if request is None or not self.is_active(request):
            return super().get_post_parameters(request)
        return self.get_cleansed_multivaluedict(request, request.POST)

    def get_cleansed_multivaluedict(self, request, multivaluedict):
        if not self.is_active(request):
            return multivaluedict
        cleansed = multivaluedict.copy()
        for key in cleansed:
            cleansed[key] = self.cleansed_substitute
        return cleansed

    def get_traceback_frame_variables(self, request, tb_frame):
        if not self.is_active(request):
            return super().get_traceback_frame_variables(request, tb_frame)
        return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]

    def get_safe_request_meta(self, request):
        meta = super().get_safe_request_meta(request)
        if self.is_active(request):
            for key in VISITOR_HEADERS & meta.keys():
                meta[key] = self.cleansed_substitute
        return meta


class ProspectDataExceptionReporter(ExceptionReporter):
    def get_traceback_data(self):
        data = super().get_traceback_data()
        if not self.filter.is_active(self.request):
            return data
        if self.exc_value is not None:
            data["exception_value"] = describe_exception(self.exc_value)
        data["unicode_hint"] = ""
        for frame in data.get("frames", []):
            if frame.get("exc_cause") is not None:
                frame["exc_cause"] = describe_exception(frame["exc_cause"])
        return data

    def get_traceback_html(self):
        return self.blank_submitted_values(super().get_traceback_html())

    def get_traceback_text(self):
        return self.blank_submitted_values(super().get_traceback_text())

    def blank_submitted_values(self, report):
        if not self.filter.is_active(self.request):
            return report
        return blank_values(report, submitted_values(self.request))
