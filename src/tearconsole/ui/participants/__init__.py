"""The participants' phones on the laptop: the control, its console line and its panel."""
