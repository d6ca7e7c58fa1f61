"""The anonymous usage store: models, migrations, background recorder, pseudonyms, retention."""
