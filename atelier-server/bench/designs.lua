-- Cycles POST /api/designs/domains through the designs in the file named by the first argument.
local bodies = {}
local counter = 0
init = function(args)
  for line in io.lines(args[1]) do bodies[#bodies + 1] = line end
end
request = function()
  counter = counter + 1
  local body = bodies[(counter % #bodies) + 1]
  return wrk.format("POST", "/api/designs/domains", {["Content-Type"] = "application/json"}, body)
end
