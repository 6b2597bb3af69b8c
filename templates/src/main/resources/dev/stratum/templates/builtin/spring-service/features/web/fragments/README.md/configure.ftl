| `PORT` | `[=options.port?c]` | HTTP port |
