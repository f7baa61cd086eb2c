"""ESCA's intake: receives bundles over tus, verifies them, signs receipts, keeps the queue."""
