// The part of autocannon 8's programmatic API the benches use (the package ships no types).
declare module 'autocannon' {
  interface Histogram { average: number; mean: number; min: number; max: number; total: number; p50: number; p90: number; p99: number }
  interface Request { method?: string; path?: string; headers?: Record<string, string>; setupRequest?: (request: Record<string, unknown>) => Record<string, unknown> }
  interface Options { url: string; connections?: number; duration?: number; amount?: number; timeout?: number; headers?: Record<string, string>; requests?: Request[] }
  interface Result { requests: Histogram; latency: Histogram; throughput: Histogram; errors: number; timeouts: number; non2xx: number; duration: number }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
