"""JourneyMapper: a desktop customer-journey-map designer."""

__version__ = "0.1.0"
APP_ID = "io.github.journeymapper.JourneyMapper"
