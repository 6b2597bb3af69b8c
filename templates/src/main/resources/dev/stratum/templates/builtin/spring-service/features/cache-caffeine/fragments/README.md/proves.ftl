- a read is served from the cache until a write evicts it<#if features.postgres>, the eviction waits for the commit (a rolled-back
  change evicts nothing)</#if>, and a failed evict is logged<#if features.observability> and counted</#if> (`ProductCacheTest`)
