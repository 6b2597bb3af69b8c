
Reads of one product (`GET /api/products/{id}`) are cached; an update evicts the entry<#if features.postgres> after its transaction
commits (an eviction before the commit would let a concurrent read put the old row back)</#if>.
