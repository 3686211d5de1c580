// N goroutines that each sleep S seconds, waited for with a WaitGroup: the sleepers benchmark
// (../../shared/bench/asyncio_sleepers.py) in Go. Prints one JSON line.
// Usage: sleepers COUNT [SECONDS]
package main

import (
	"encoding/json"
	"math"
	"os"
	"strconv"
	"sync"
	"syscall"
	"time"
)

func main() {
	count, seconds := 100000, 1.0
	if len(os.Args) > 1 {
		count, _ = strconv.Atoi(os.Args[1])
	}
	if len(os.Args) > 2 {
		seconds, _ = strconv.ParseFloat(os.Args[2], 64)
	}
	sleep := time.Duration(seconds * float64(time.Second))

	start := time.Now()
	var all sync.WaitGroup
	all.Add(count)
	for i := 0; i < count; i++ {
		go func() {
			time.Sleep(sleep)
			all.Done()
		}()
	}
	all.Wait()
	makespanMs := math.Round(float64(time.Since(start).Nanoseconds())/1e3) / 1e3

	var usage syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &usage)
	json.NewEncoder(os.Stdout).Encode(map[string]any{
		"impl":        "go",
		"count":       count,
		"seconds":     seconds,
		"makespan_ms": makespanMs,
		"overhead_ms": math.Round((makespanMs-seconds*1000)*1e3) / 1e3,
		"peak_rss_kb": usage.Maxrss,
	})
}
