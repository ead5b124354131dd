import re

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

SCREEN_NAME = re.compile(r"\*\*(.+?)\*\*")


@register.filter
def guide_step(text: object) -> SafeString:
    """A step's text, escaped, with each **name** of a button or menu in bold."""
    return mark_safe(SCREEN_NAME.sub(r"<strong>\1</strong>", conditional_escape(str(text))))
