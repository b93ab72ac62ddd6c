"""Practice: the student labels every sentence, checks against a key, and is scored for
discernment; no Textual import.

`labels` holds the label words and letters, `entries` places a file's `text` + `label`
entries on the article's sentences, `keys` loads a teacher's answer key or builds the
machine key, `answers` reads a student's labels from a file, `scoring` computes the
metrics, `judge` marks a set of labels against a key (the screen and `whosays practice`
both call it), `feedback` puts a result in plain words, `records` stores attempts in
SQLite, `review` schedules missed items with FSRS, `progress` and `chart` show them over
time.
"""
