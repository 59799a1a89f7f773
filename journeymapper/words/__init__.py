"""The printed words of a map in en, ru, uk and lv: labels, channel and metric names, fields."""
