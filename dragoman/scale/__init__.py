"""Beyond one machine: the article pipeline as a Spark job writing Parquet, and loading it into a store."""
