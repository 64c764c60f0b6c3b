/** A plain red disc with a gold star: reads as "state office" without reproducing the national emblem. */
export function Emblem({ size = 56 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 100 100" role="img" aria-hidden="true">
      <circle cx="50" cy="50" r="48" fill="#c8102e" stroke="#d4a017" strokeWidth="4" />
      <polygon
        fill="#ffcd00"
        points="50,18 57.6,41.2 82,41.2 62.2,55.6 69.8,78.8 50,64.4 30.2,78.8 37.8,55.6 18,41.2 42.4,41.2"
      />
    </svg>
  );
}
