"""tearconsole: a calm console for facilitating rui-katsu (tear seeking) sessions."""

__version__ = "0.1.0"
APP_NAME = "tearconsole"
