"""Synthetic national-scale data for benchmarks: thousands of organizations with their people, gift
filings in every status, interest declarations, contracts, notices and meetings, written with PostgreSQL
COPY (plain inserts on other databases). See ``generate_scale_data`` and docs/scaling.md."""
