-- wrk script for bench/submissions.sh: POSTs a JSON response to the consultation API, each request with its own
-- Idempotency-Key (thread id + random prefix + counter), so every request stores a new committed response.
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + tid)
  prefix = string.format("b%d-%d-", tid, math.random(1, 1000000000))
  counter = 0
  body = '{"name":"Bench Borger","email":"bench@example.test","kind":"IDEA","text":"Et høringssvar fra benchmarken."}'
end

function request()
  counter = counter + 1
  return wrk.format("POST", "/api/v1/consultations/bench/responses",
    {["Content-Type"] = "application/json", ["Idempotency-Key"] = prefix .. counter}, body)
end
