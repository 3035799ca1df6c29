"""The human side of newsclaims: a self-contained HTML report and a terminal summary of records.

Works on records (`models`) and, for the HTML page, the article text they index into; it needs neither
spaCy nor the checker.
"""

from newsclaims.report.page import ReportInput, article_page
from newsclaims.report.site import ReportError, WrittenReport, write_report
from newsclaims.report.terminal import console_for, show_result

__all__ = ["ReportError", "ReportInput", "WrittenReport", "article_page", "console_for", "show_result", "write_report"]
