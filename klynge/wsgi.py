import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "klynge.settings")
application = get_wsgi_application()

# The Danish dictionary the search reads (about a second): read before the first request rather
# than during it, and with gunicorn's --preload once, in the master, for all its workers.
from klynge.archive.search.lemma import hunspell  # noqa: E402

hunspell()
