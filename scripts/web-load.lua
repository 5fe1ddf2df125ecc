-- wrk script for scripts/web-load.sh: WRK_PATH with @word (a search, chosen at random per
-- request, with and without diacritics) or @id (a document id from 1 to VANBAN_LOAD_MAX_ID).
local template = os.getenv("WRK_PATH") or "/"
local maxId = tonumber(os.getenv("VANBAN_LOAD_MAX_ID")) or 1000
local words = {"thi+dua", "thi%20%C4%91ua", "thien+tai", "cai+cach+hanh+chinh", "dat+dai", "du+lich",
               "nong+thon+moi", "chuyen+doi+so", "rung", "ngan+sach", "giam+ngheo", "phong+chay",
               "giao+duc", "tiep+cong+dan", "xay+dung"}
math.randomseed(os.time())
request = function()
  local path = template:gsub("@word", function() return words[math.random(#words)] end)
  path = path:gsub("@id", function() return tostring(math.random(maxId)) end)
  return wrk.format("GET", path)
end
done = function(summary, latency, requests)
  io.write(string.format("non-200 answers: %d; p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
