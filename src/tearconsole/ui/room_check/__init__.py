"""The Room check page: sound, screens and the plan's media, before the room fills."""
