"""Reading and writing maps: the .jmap format, imports and exports of tables and Mermaid."""
