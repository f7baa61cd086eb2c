"""Sub-commands of the ``clusterbench`` CLI; each module defines ``register(subparsers)``."""
