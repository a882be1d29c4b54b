"""Ways to present an evaluation: plain records, JSON and CSV, text tables, HTML, frames.

Each module takes an :class:`~cchc_model.evaluation.Evaluation` and returns a
presentation of it; none changes it. pandas is imported only by :mod:`.frames`.
"""
