/** Output helpers for command-line tools: a closed pipe (`| head`) ends the tool quietly. */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
