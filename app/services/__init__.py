"""One function per user action, for the command line, the windows and the intake alike. No Qt.

Each module groups the actions on one thing (interviews, answers, reports, bundles, ...);
``docs/ARCHITECTURE.md`` says where a new one goes.
"""
