"""axe-core (shipped by axe-playwright-python) on the page in the browser."""

from axe_playwright_python.sync_playwright import Axe

FAILING_IMPACTS = {"serious", "critical"}
# WCAG 2.2's target size (2.5.8, AA) is a rule axe leaves off unless asked.
OPTIONS = {"rules": {"target-size": {"enabled": True}}}

axe = Axe()


def serious_violations(page):
    """The violations of impact serious or critical on the page as it is now."""
    violations = axe.run(page, options=OPTIONS).response["violations"]
    return [rule for rule in violations if rule["impact"] in FAILING_IMPACTS]


def describe(violations_by_page):
    """A report a person can act on: page, rule, what to fix and where."""
    lines = []
    for where, violations in violations_by_page.items():
        for rule in violations:
            lines.append(f"{where}: {rule['id']} ({rule['impact']}) {rule['help']}")
            lines.append(f"    {rule['helpUrl']}")
            for node in rule["nodes"]:
                target = " ".join(str(part) for part in node["target"])
                summary = node.get("failureSummary", "").replace("\n", " ")
                lines.append(f"    - {target}: {summary}")
    return "\n".join(lines)
