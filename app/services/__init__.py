"""Service functions: one per user action, called by the CLI verbs, the windows and the intake."""
