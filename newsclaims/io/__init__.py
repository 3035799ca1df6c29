"""Reading articles in and writing results out."""
