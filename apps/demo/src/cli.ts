console.log('copydesk demo: being written')
