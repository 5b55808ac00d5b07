"""Portable plan bundles: one zip file with a manifest, the media and the stories."""

from tearconsole.bundles.export import ExportReport, export_plan
from tearconsole.bundles.importer import ImportReport, import_bundle
from tearconsole.bundles.manifest import FORMAT_VERSION, BundleError

__all__ = [
    "FORMAT_VERSION",
    "BundleError",
    "ExportReport",
    "ImportReport",
    "export_plan",
    "import_bundle",
]
