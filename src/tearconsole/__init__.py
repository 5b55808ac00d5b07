"""tearconsole: a calm console for facilitating rui-katsu (tear seeking) sessions."""

__version__ = "0.1.0"
APP_NAME = "tearconsole"
#: What ``tearconsole --version`` prints.
VERSION_LINE = f"{APP_NAME} {__version__}"
#: Names the data folder, like ``--data-dir`` (read by ``tearconsole.paths``).
DATA_DIR_ENV = "TEARCONSOLE_DATA_DIR"
