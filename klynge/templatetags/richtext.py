from django import template
from django.utils.safestring import SafeString, mark_safe

from klynge import richtext

register = template.Library()


@register.filter
def rich(text: str) -> SafeString:
    """Render a case text or minutes: sanitised by klynge.richtext, so safe to mark."""
    return mark_safe(richtext.to_html(text))
