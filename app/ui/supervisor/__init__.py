"""The supervisor's window: thin views over one ``ReviewSession``.

``window`` composes them: ``verdict`` (banners and the verdict), ``verification_tab``,
``answers_tab`` (questions and comments), ``content_tabs`` (scores, evidence, report,
history), ``decision_box``; ``models`` holds their Qt item models.
"""
