"""The data contract: the typed document model and the Arrow schemas of every dataset."""
