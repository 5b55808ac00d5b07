"""The phone remote on the laptop: the bridge to the console, its panel, its status."""
