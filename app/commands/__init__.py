"""Sub-commands of the ``clusterbench`` CLI; each module defines ``register(subparsers)``.

Modules whose names start with an underscore hold helpers the verbs share.
"""
