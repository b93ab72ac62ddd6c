"""Quizzes teachers write in YAML: model, loader, validation, matching, grading and sessions.

Everything here is UI-free: the quiz screen and `whosays check` / `whosays grade` call the
same functions (`validate.check_file`, `grading.judge`, `session.QuizSession`), so a student
is judged the same way wherever the answer is typed.
"""
