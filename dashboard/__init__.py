"""Dashboard: the Streamlit timeline over the pipeline's tables."""
