console.log("hello from kg", process.argv.slice(2));
