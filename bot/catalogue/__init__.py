"""The resources directory that wellbeing SPOCs keep: schema, checks, selection, live reload."""

from bot.catalogue.catalogue import EXAMPLE_NOTE, ROLE_LABELS, Catalogue, Directorate, Selection
from bot.catalogue.hours import LONDON, Hours, OpenState
from bot.catalogue.live import LiveCatalogue
from bot.catalogue.loader import CheckResult, check_directory, load_catalogue
from bot.catalogue.models import Contact, Kind, Resource
from bot.catalogue.problems import CatalogueError, Problem

__all__ = [
    "EXAMPLE_NOTE",
    "LONDON",
    "ROLE_LABELS",
    "Catalogue",
    "CatalogueError",
    "CheckResult",
    "Contact",
    "Directorate",
    "Hours",
    "Kind",
    "LiveCatalogue",
    "OpenState",
    "Problem",
    "Resource",
    "Selection",
    "check_directory",
    "load_catalogue",
]
