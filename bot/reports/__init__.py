"""Manager reports over the usage store, with disclosure control on every published count."""
