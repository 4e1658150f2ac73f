# Varnish in front of gunicorn, as a firm would put a CDN in front of the site.
#
# The app decides what may be shared: it marks public pages
# `Cache-Control: public, max-age=0, s-maxage=N` (firm_site/cache/middleware.py)
# and Varnish keeps nothing else. Staff (session cookie), visitors with a message,
# the admin, previews and every POST pass straight through. Wagtail purges on
# publish (wagtail.contrib.frontend_cache, VARNISH_URL): a purge of `/*` bans
# every page under that prefix, a purge of any other URL drops that page.
#
# The bench and scale-out scripts fill in BACKEND_HOST and BACKEND_PORT.
vcl 4.1;

backend app {
    .host = "BACKEND_HOST";
    .port = "BACKEND_PORT";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.url ~ "\*$") {
            ban("obj.http.x-url ~ ^" + regsub(req.url, "\*$", ""));
            return (synth(200, "Banned"));
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/admin/") {  # ADMIN_URL_PATH; elsewhere the app's headers decide
        return (pass);
    }
    # Django's session cookie is __Host-sessionid over HTTPS (production settings).
    if (req.http.Authorization
        || req.http.Cookie ~ "(^|;\s*)(__Host-sessionid|sessionid|messages)=") {
        return (pass);
    }
    # Other cookies (the CSRF cookie) go to the app on a miss, and cannot change
    # a page the app marked public, so they do not split the cache.
    return (hash);
}

sub vcl_backend_response {
    set beresp.http.x-url = bereq.url;
    if (beresp.http.Set-Cookie
        || !beresp.http.Cache-Control
        || beresp.http.Cache-Control !~ "public"
        || beresp.http.Cache-Control ~ "(private|no-cache|no-store)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Compress HTML here, as a CDN would; static files come compressed already.
    if (beresp.http.Content-Type ~ "^text/") {
        set beresp.do_gzip = true;
    }
    set beresp.grace = 1h;
}

sub vcl_deliver {
    unset resp.http.x-url;
    if (obj.hits > 0) {
        set resp.http.X-Front-Cache = "hit";
    } else {
        set resp.http.X-Front-Cache = "miss";
    }
}
