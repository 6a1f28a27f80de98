import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Proxies come from the environment. On Linux, URLSession hands each request to libcurl,
/// which reads `http_proxy`, `https_proxy`/`HTTPS_PROXY`, `all_proxy`/`ALL_PROXY` and
/// `no_proxy`/`NO_PROXY` itself, while `connectionProxyDictionary` is ignored (both checked
/// against a loopback proxy). libcurl skips an upper-case `HTTP_PROXY` on purpose, since a
/// CGI program gets one from any client's `Proxy:` header; a command run by a person has no
/// such risk, so it may adopt it.
public enum ProxyEnvironment {
    /// Copies `HTTP_PROXY` to `http_proxy` when only the upper-case one is set. Call it at
    /// start-up, before other threads exist: `setenv` is not safe while others read the
    /// environment.
    public static func adoptUpperCaseHTTPProxy(_ environment: [String: String]) {
        guard environment["http_proxy"] == nil, let proxy = environment["HTTP_PROXY"], !proxy.isEmpty else { return }
        setenv("http_proxy", proxy, 0)
    }
}
