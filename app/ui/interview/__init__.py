"""The interview window: thin views over one ``InterviewSession`` (``app.services.session``).

``window`` composes them: ``header`` (cluster, status, clock, progress, banners),
``navigator`` (sections and questions), ``item_pane`` with ``notes`` and ``evidence`` (the
current question), ``score_dock`` (radar and score panel), ``actions`` (menus and keys) and
``dialogs`` (finalise review, reopen).
"""
