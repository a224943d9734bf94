"""Resources of the API, one module per area."""
