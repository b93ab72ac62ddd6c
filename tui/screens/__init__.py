"""One screen a module: library, reader, help."""
