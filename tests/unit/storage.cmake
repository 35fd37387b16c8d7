# Placeholder: filled by the storage / conference work.
