-- POSTs one decide request (bicycle: frame = carbon on an empty design) over and over, with a
-- design-session header (so every request records a design event) when the first argument is
-- "session", without one (nothing recorded) otherwise. Measures the cost of event recording.
local headers = {["Content-Type"] = "application/json"}
local body = '{"design":{"product":"bicycle","version":"2025.1","decisions":[]},'
  .. '"attribute":"frame","value":"carbon"}'
init = function(args)
  if args[1] == "session" then headers["Atelier-Design-Session"] = "bench-session-1" end
end
request = function()
  return wrk.format("POST", "/api/designs/decide", headers, body)
end
